package cn.zeren.platform.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The font of every PDF the portal writes: the Adobe standard Chinese font STSong-Light with the UniGB-UCS2-H
 * encoding, whose metrics and CMap ship inside OpenPDF — no font file is needed on the server, and every PDF reader
 * shows it with its own Song typeface (see docs/dependencies.md).
 */
public final class ChineseFont {
  private ChineseFont() {}

  /** The Song base font (宋体), not embedded. */
  public static BaseFont song() {
    try {
      return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException("the Chinese font of OpenPDF cannot be read", e);
    } catch (DocumentException e) {
      throw new IllegalStateException("the Chinese font of OpenPDF cannot be used", e);
    }
  }
}
