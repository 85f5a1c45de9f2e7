package cn.zeren.lists;

import cn.zeren.signature.SignedPackage;
import cn.zeren.signature.SignatureView;
import java.util.List;

/**
 * A list version as the exports print it: its heading, the column labels of its kind and one row of text per item,
 * and its signatures with what offline verification needs.
 *
 * @param columns the column labels, the item key first
 * @param rows the items' values, as text, in the columns' order
 */
public record ListDocument(
    String title,
    String kindTitle,
    String ruleId,
    String article,
    String organisationName,
    int year,
    int versionNumber,
    String signerRole,
    List<String> columns,
    List<List<String>> rows,
    List<Signed> signatures) {

  /** One signature, with its base64 SM2 value and the package of {@code SignatureService.exportPackage}. */
  public record Signed(SignatureView view, String signatureBase64, SignedPackage verification) {}
}
