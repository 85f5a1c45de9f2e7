package cn.zeren.assessment;

/** A publication scope the pack offers (YW-13.3) with its label. */
public record PublicationScope(PublicationReach reach, String label) {}
