package cn.zeren.platform.web;

import java.util.List;

/**
 * A context's entries of the side menu, one CDI bean per context: the shell collects every contribution, so that a
 * new context adds its pages to the menu without editing the shell. An entry appears when the acting role may use
 * the page somewhere; this only mirrors the services' checks and protects nothing by itself.
 */
public interface MenuContribution {

  /** Where the context's entries stand among the others': lower first. */
  int order();

  /** The entries the acting person may use now, in the order they appear. */
  List<MenuEntry> entries();
}
