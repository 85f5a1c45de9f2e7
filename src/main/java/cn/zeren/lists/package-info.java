/**
 * The signed lists (签字背书, YW-11): the oversight responsibility list (监督责任清单), the Party committee's
 * responsibility division (责任分解), the problem list (问题清单) and the rectification list (整改清单) of an
 * organisation and year, in versions that are signed by the role the rule pack names and never change afterwards;
 * rectification progress and write-offs (销账) of each item; the follow-up of upper-level feedback (YW-6.12) through
 * the obligation engine. Sub-packages: {@code web} (pages), {@code api} (REST).
 */
package cn.zeren.lists;
