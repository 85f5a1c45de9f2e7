package cn.zeren.rules;

/**
 * A pack that is one of a locality's alternatives (e.g. inspection by JDZ's measures or by ZZ's): packs of one
 * {@code group} replace each other, exactly one of them is active, and the administrator chooses which.
 *
 * @param group the variant group's key, e.g. {@code inspection}
 * @param groupTitle what the group regulates, in the pack's words (e.g. 巡察工作程序)
 */
public record PackVariant(String group, String groupTitle) {}
