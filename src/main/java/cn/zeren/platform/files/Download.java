package cn.zeren.platform.files;

import java.nio.file.Path;

/** A formal document the caller may download: where it is stored, its name and its checked type. */
public record Download(Path file, String fileName, DocumentType type, long size) {}
