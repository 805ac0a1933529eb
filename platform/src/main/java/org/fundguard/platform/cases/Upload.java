package org.fundguard.platform.cases;

/** A file attached to an investigation record (photos, scanned bills, signed pages). */
record Upload(String filename, String contentType, byte[] bytes) {
}
