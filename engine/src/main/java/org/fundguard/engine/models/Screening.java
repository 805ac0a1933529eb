package org.fundguard.engine.models;

import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;

/** Screens a whole data set with big-data models on the local executor. */
public final class Screening {
    private Screening() {
    }

    /**
     * @param parallelism threads (at least 1)
     * @param categories  the categories to run, empty = all
     * @param listener    progress and time per stage
     */
    public record Options(int parallelism, List<Category> categories, StageListener listener) {
        public Options {
            categories = List.copyOf(categories);
        }

        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), List.of(), StageListener.SILENT);
        }
    }

    public static List<Finding> run(DataSet data, Options options) {
        return run(data, ModelCatalogue.standard(), options);
    }

    public static List<Finding> run(DataSet data, List<ScreeningModel<?>> models, Options options) {
        long t0 = System.nanoTime();
        Region region = Region.of(data);
        List<Claim> claims = Claims.of(data);
        options.listener().stageDone("claims", "build", System.nanoTime() - t0, claims.size());
        return new LocalExecutor(options.parallelism(), options.listener()).run(selected(models, options), claims, region);
    }

    /** The same screen over a compact store (bin/fundguard screen): the leads equal those of the DataSet path. */
    public static List<Finding> run(ClaimStore claims, Region region, Options options) {
        return run(claims, region, ModelCatalogue.standard(), options);
    }

    public static List<Finding> run(ClaimStore claims, Region region, List<ScreeningModel<?>> models, Options options) {
        return new LocalExecutor(options.parallelism(), options.listener()).run(selected(models, options), claims, region);
    }

    private static List<ScreeningModel<?>> selected(List<ScreeningModel<?>> models, Options options) {
        return models.stream()
                .filter(m -> options.categories().isEmpty() || options.categories().contains(m.category()))
                .toList();
    }
}
