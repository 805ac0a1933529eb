package org.fundguard.enforcement.sanctions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fundguard.core.Money;
import org.fundguard.enforcement.files.DataFile;
import org.fundguard.enforcement.files.DataFileException;

/**
 * The articles and their sanctions, as data (articles-*.csv, sanctions-*.csv). {@link #range} gives
 * the lawful range of every sanction of an article for a loss: the one computation the platform's
 * decision form, the validator and {@code bin/fundguard penalty} all use.
 */
public final class SanctionCatalogue {
    private static final List<String> ARTICLE_COLUMNS = List.of("code", "title", "subject", "fraud_article", "basis");
    private static final List<String> SANCTION_COLUMNS = List.of("article", "kind", "condition", "obligation", "measure", "min", "max", "basis");
    private static final long MAX_BOUND = 1_000_000_000_000L;

    private final Map<String, Article> articles;
    private final Map<String, List<SanctionRule>> rules;

    private SanctionCatalogue(Map<String, Article> articles, Map<String, List<SanctionRule>> rules) {
        this.articles = articles;
        this.rules = rules;
    }

    /** 国务院令第735号 chapter 5 and the agreement measures of 令第2号/第3号, from the built-in files. */
    public static SanctionCatalogue order735() {
        return parse(DataFile.resource(SanctionCatalogue.class, "articles-order735.csv", ARTICLE_COLUMNS),
                DataFile.resource(SanctionCatalogue.class, "sanctions-order735.csv", SANCTION_COLUMNS));
    }

    /** A catalogue from files of the same shape (a province that adds local agreement measures). */
    public static SanctionCatalogue read(Path articlesFile, Path sanctionsFile) {
        return parse(DataFile.read(articlesFile, ARTICLE_COLUMNS), DataFile.read(sanctionsFile, SANCTION_COLUMNS));
    }

    private static SanctionCatalogue parse(List<DataFile.Row> articleRows, List<DataFile.Row> sanctionRows) {
        Map<String, Article> articles = new LinkedHashMap<>();
        for (DataFile.Row r : articleRows) {
            Article a = new Article(r.required("code"), r.required("title"), r.required("subject"), r.optional("fraud_article"),
                    r.required("basis"));
            if (articles.putIfAbsent(a.code(), a) != null) {
                throw r.error("code", "article " + a.code() + " appears twice");
            }
        }
        for (DataFile.Row r : articleRows) {
            String to = r.optional("fraud_article");
            if (!to.isEmpty() && !articles.containsKey(to)) {
                throw r.error("fraud_article", "no article " + to + " in the catalogue");
            }
        }
        Map<String, List<SanctionRule>> rules = new LinkedHashMap<>();
        for (DataFile.Row r : sanctionRows) {
            String article = r.required("article");
            if (!articles.containsKey(article)) {
                throw r.error("article", "no article " + article + " in the articles file");
            }
            SanctionKind kind = r.oneOf("kind", SanctionKind::of, names(SanctionKind.values()));
            Condition condition = r.oneOf("condition", Condition::of, names(Condition.values()));
            Obligation obligation = r.oneOf("obligation", Obligation::of, "MANDATORY, DISCRETIONARY");
            SanctionRule.Measure measure = r.oneOf("measure", SanctionCatalogue::measure, names(SanctionRule.Measure.values()));
            long min = 0;
            long max = 0;
            if (measure != SanctionRule.Measure.NONE) {
                min = r.number("min", 0, MAX_BOUND);
                max = r.number("max", 0, MAX_BOUND);
                if (max < min) {
                    throw r.error("max", max + " below min " + min);
                }
            }
            List<SanctionRule> list = rules.computeIfAbsent(article, k -> new ArrayList<>());
            for (SanctionRule other : list) {
                if (other.kind() == kind) {
                    throw r.error("kind", kind + " appears twice for article " + article);
                }
            }
            list.add(new SanctionRule(article, kind, condition, obligation, measure, min, max, r.required("basis")));
        }
        for (String code : articles.keySet()) {
            if (!rules.containsKey(code)) {
                throw new DataFileException(sanctionRows.isEmpty() ? "sanctions" : sanctionRows.get(0).file(),
                        "article " + code + " has no sanctions");
            }
        }
        rules.replaceAll((k, v) -> List.copyOf(v));
        return new SanctionCatalogue(Map.copyOf(articles), rules);
    }

    private static SanctionRule.Measure measure(String code) {
        for (SanctionRule.Measure m : SanctionRule.Measure.values()) {
            if (m.name().equals(code)) {
                return m;
            }
        }
        return null;
    }

    private static String names(Enum<?>[] values) {
        StringBuilder b = new StringBuilder();
        for (Enum<?> v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(v.name());
        }
        return b.toString();
    }

    /** The articles in file order. */
    public List<Article> articles() {
        List<Article> list = new ArrayList<>();
        for (String code : rules.keySet()) {
            list.add(articles.get(code));
        }
        return List.copyOf(list);
    }

    public Optional<Article> article(String code) {
        return Optional.ofNullable(articles.get(code));
    }

    /**
     * The lawful range of every sanction of {@code article} for a loss (fen) and whether the conduct
     * aimed at defrauding the fund. Sanctions whose condition the inputs rule out (no loss, no fraud)
     * are left out; those resting on facts the case establishes (拒不改正, 涉嫌犯罪) are listed with
     * their condition.
     *
     * @throws IllegalArgumentException for an unknown article or a negative loss, in Chinese
     */
    public LawfulRange range(String article, long lossFen, boolean fraud) {
        if (lossFen < 0) {
            throw new IllegalArgumentException("损失金额不能为负数: " + Money.format(lossFen) + "元");
        }
        Article requested = articles.get(article);
        if (requested == null) {
            throw new IllegalArgumentException("未知条款: " + article + "(可用: " + String.join(", ", rules.keySet()) + ")");
        }
        Article applied = requested;
        List<String> notes = new ArrayList<>();
        if (fraud && !requested.fraudArticle().isEmpty()) {
            applied = articles.get(requested.fraudArticle());
            notes.add("以骗取医疗保障基金为目的实施第" + requested.code() + "条所列行为的，按第" + applied.code()
                    + "条处理(条例第四十条第二款)");
        }
        List<SanctionRange> out = new ArrayList<>();
        for (SanctionRule r : rules.get(applied.code())) {
            if (r.condition() == Condition.LOSS && lossFen == 0 || r.condition() == Condition.FRAUD && !fraud) {
                continue;
            }
            out.add(new SanctionRange(r.kind(), r.condition(), r.obligation(), r.bounds(lossFen), r.basis()));
        }
        return new LawfulRange(applied, article, lossFen, fraud, out, notes);
    }
}
