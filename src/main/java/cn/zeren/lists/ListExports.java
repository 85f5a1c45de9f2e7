package cn.zeren.lists;

import cn.zeren.platform.DomainException;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.signature.SignatureService;
import cn.zeren.signature.SignatureView;
import cn.zeren.signature.SignedPackage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The exports of a list version, after the list service has checked that the caller may read it: Excel for every
 * version, PDF with the signature data and the offline-verification files for a signed one.
 */
@ApplicationScoped
public class ListExports {
  @Inject ListService lists;
  @Inject RectificationService rectifications;
  @Inject SignatureService signatures;

  public byte[] excel(long listId, int number) {
    return new ListExcel().write(document(listId, number));
  }

  /** The PDF of a signed version; an unsigned one has nothing to attest yet (YW-11.3). */
  public byte[] pdf(long listId, int number) {
    ListDocument document = document(listId, number);
    if (document.signatures().isEmpty()) {
      throw DomainException.byRule(lists.rule(lists.get(listId).getKind()).signerRuleId(), "list.pdf.unsigned");
    }
    return new ListPdf().write(document);
  }

  /** E.g. 青山镇-2026-PROBLEM-v2.xlsx (the download headers add an ASCII fallback). */
  public String fileName(long listId, int number, String extension) {
    SignedList list = lists.get(listId);
    return list.getOrganisationName() + "-" + list.getYear() + "-" + list.getKind() + "-v" + number + "." + extension;
  }

  ListDocument document(long listId, int number) {
    SignedList list = lists.get(listId);
    ListVersion version = lists.version(listId, number);
    SignedListRule rule = lists.rule(list.getKind());
    List<ListRules.Field> fields = ListRules.fieldsOf(list.getKind());
    boolean rectification = list.getKind() == SignedListKind.RECTIFICATION;
    List<String> columns = new ArrayList<>();
    columns.add(Texts.zh("list.field.key"));
    fields.forEach(f -> columns.add(Texts.zh("list.field." + f.name())));
    if (rectification) {
      columns.add(Texts.zh("list.field.state"));
    }
    List<List<String>> rows = new ArrayList<>();
    for (ListItem item : lists.items(listId, number)) {
      List<String> row = new ArrayList<>();
      row.add(item.getItemKey());
      for (ListRules.Field f : fields) {
        row.add(text(f.name(), ListRules.value(item.fields(), f.name()), lists));
      }
      if (rectification) {
        row.add(Texts.zh("list.state." + rectifications.state(list, item.getItemKey())));
      }
      rows.add(row);
    }
    List<ListDocument.Signed> signed = new ArrayList<>();
    for (SignatureView view : lists.signatures(version)) {
      SignedPackage pack = signatures.exportPackage(view.id());
      signed.add(new ListDocument.Signed(view, Base64.getEncoder().encodeToString(pack.signatureDer()), pack));
    }
    String title = Texts.zh("list.documentTitle", list.getOrganisationName(), String.valueOf(list.getYear()),
        rule.title(), String.valueOf(number));
    return new ListDocument(title, rule.title(), rule.ruleId(), rule.article(), list.getOrganisationName(),
        list.getYear(), number, lists.signerRole(list), List.copyOf(columns), List.copyOf(rows), List.copyOf(signed));
  }

  private static String text(String field, Object value, ListService lists) {
    if (value == null) {
      return "";
    }
    if ("sourceCode".equals(field)) {
      return lists.pack().source((String) value).map(ProblemSource::title).orElse((String) value);
    }
    return value.toString();
  }
}
