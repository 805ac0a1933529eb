package org.fundguard.core.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fundguard.core.Category;
import org.fundguard.core.Label;
import org.fundguard.core.Lead;
import org.fundguard.core.SubjectType;

/**
 * Scores leads against labels by the matching rule of data-contract.md: same category, and the
 * lead's subject is the labelled subject or lies inside it. Per category: recall (labels matched by
 * at least one lead), precision (leads matching at least one label; no leads = 0), average precision
 * (leads ranked by score, ties by lead id) and fund-loss recall (labelled fund loss found).
 */
public final class Evaluation {
    private Evaluation() {
    }

    /** A subject known to look like a category while being legitimate (hard_negatives.csv). */
    public record HardNegative(Category scenario, SubjectType subjectType, String subjectId) {
    }

    public record CategoryScore(Category category, int labels, int found, int leads, int matched,
            double recall, double precision, double averagePrecision, long labelledLossFen, long foundLossFen,
            int hardNegatives, int hardNegativesFlagged) {

        public double fundLossRecall() {
            return labelledLossFen == 0 ? (labels == 0 ? 0 : (double) found / labels) : (double) foundLossFen / labelledLossFen;
        }
    }

    public record Result(List<CategoryScore> categories) {
        /** Categories that carry labels: the ones the macro figures average over. */
        public List<CategoryScore> labelled() {
            return categories.stream().filter(c -> c.labels() > 0).toList();
        }

        public double macroRecall() {
            return labelled().stream().mapToDouble(CategoryScore::recall).average().orElse(0);
        }

        public double macroPrecision() {
            return labelled().stream().mapToDouble(CategoryScore::precision).average().orElse(0);
        }

        public double macroAveragePrecision() {
            return labelled().stream().mapToDouble(CategoryScore::averagePrecision).average().orElse(0);
        }

        public double macroFundLossRecall() {
            return labelled().stream().mapToDouble(CategoryScore::fundLossRecall).average().orElse(0);
        }

        /** The closing line scripts compare runs by. */
        public String summaryLine() {
            return String.format(Locale.ROOT, "macro recall %.3f precision %.3f ap %.3f fund-loss-recall %.3f",
                    macroRecall(), macroPrecision(), macroAveragePrecision(), macroFundLossRecall());
        }
    }

    private record Key(SubjectType type, String id) {
    }

    public static Result evaluate(List<Label> labels, List<Lead> leads, List<HardNegative> hardNegatives,
            SubjectTree tree) {
        Map<Category, Map<Key, List<Integer>>> labelsByCategory = new EnumMap<>(Category.class);
        Map<Category, List<Label>> labelList = new EnumMap<>(Category.class);
        for (Label l : labels) {
            List<Label> list = labelList.computeIfAbsent(l.scenario(), c -> new ArrayList<>());
            labelsByCategory.computeIfAbsent(l.scenario(), c -> new HashMap<>())
                    .computeIfAbsent(new Key(l.subjectType(), l.subjectId()), k -> new ArrayList<>()).add(list.size());
            list.add(l);
        }
        Map<Category, List<Lead>> leadsByCategory = new EnumMap<>(Category.class);
        for (Lead l : leads) {
            leadsByCategory.computeIfAbsent(l.category(), c -> new ArrayList<>()).add(l);
        }
        Map<Category, Set<Key>> negatives = new EnumMap<>(Category.class);
        for (HardNegative h : hardNegatives) {
            negatives.computeIfAbsent(h.scenario(), c -> new HashSet<>()).add(new Key(h.subjectType(), h.subjectId()));
        }

        List<CategoryScore> scores = new ArrayList<>();
        for (Category c : Category.values()) {
            List<Label> cl = labelList.getOrDefault(c, List.of());
            Map<Key, List<Integer>> index = labelsByCategory.getOrDefault(c, Map.of());
            Set<Key> hn = negatives.getOrDefault(c, Set.of());
            List<Lead> ranked = new ArrayList<>(leadsByCategory.getOrDefault(c, List.of()));
            ranked.sort(Comparator.comparingDouble(Lead::score).reversed().thenComparing(Lead::leadId));

            boolean[] found = new boolean[cl.size()];
            Set<Key> flaggedNegatives = new HashSet<>();
            int matched = 0;
            int foundCount = 0;
            double apSum = 0;
            for (int rank = 0; rank < ranked.size(); rank++) {
                Lead lead = ranked.get(rank);
                List<Integer> hits = new ArrayList<>();
                tree.containers(lead.subjectType(), lead.subjectId(), (type, id) -> {
                    Key k = new Key(type, id);
                    List<Integer> at = index.get(k);
                    if (at != null) {
                        hits.addAll(at);
                    }
                    if (hn.contains(k)) {
                        flaggedNegatives.add(k);
                    }
                });
                int newlyFound = 0;
                for (int i : hits) {
                    if (!found[i]) {
                        found[i] = true;
                        newlyFound++;
                    }
                }
                if (!hits.isEmpty()) {
                    matched++;
                }
                foundCount += newlyFound;
                if (newlyFound > 0) {
                    // area under the precision-recall curve: precision at this rank × the recall it adds
                    apSum += ((double) matched / (rank + 1)) * newlyFound;
                }
            }
            long labelledLoss = 0;
            long foundLoss = 0;
            for (int i = 0; i < cl.size(); i++) {
                labelledLoss += cl.get(i).fundLossFen();
                if (found[i]) {
                    foundLoss += cl.get(i).fundLossFen();
                }
            }
            double recall = cl.isEmpty() ? 0 : (double) foundCount / cl.size();
            double precision = ranked.isEmpty() ? 0 : (double) matched / ranked.size();
            double ap = cl.isEmpty() ? 0 : apSum / cl.size();
            scores.add(new CategoryScore(c, cl.size(), foundCount, ranked.size(), matched, recall, precision, ap,
                    labelledLoss, foundLoss, hn.size(), flaggedNegatives.size()));
        }
        return new Result(scores);
    }
}
