package cn.zeren.lists;

/**
 * What the acting role may do to a list version now; pages show only these buttons, the service checks again.
 *
 * @param edit add, change and remove items (the current version, unsigned, an editor of the kind)
 * @param newVersion open the next version of a signed current version
 * @param sign sign the current version (the kind's signer at the list's own organisation, YW-11.3)
 */
public record ListActions(boolean edit, boolean newVersion, boolean sign) {}
