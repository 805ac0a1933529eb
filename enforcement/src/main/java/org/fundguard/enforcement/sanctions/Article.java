package org.fundguard.enforcement.sanctions;

/**
 * An article (or the service agreement) under which a case is decided.
 *
 * @param code         "38", "39", "40", "41", "43", or "P" for the agreement (协议处理)
 * @param fraudArticle the article that applies instead when the conduct aimed at defrauding the fund
 *                     (条例第四十条第二款: 以骗取为目的实施第三十八条行为的按第四十条处理), or empty
 */
public record Article(String code, String title, String subject, String fraudArticle, String basis) {
}
