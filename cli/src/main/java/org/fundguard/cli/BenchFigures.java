package org.fundguard.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Wall time, CPU time, throughput and heap of a command run, for the benchmark figures. Two heap
 * figures: the live peak (the most heap still in use right after a collection: what the run needs)
 * and the sum of the heap pools' peaks (an upper bound: it adds garbage not yet collected and pool
 * peaks reached at different moments). The load average is printed because the machine is shared.
 */
final class BenchFigures {
    private final long startNanos = System.nanoTime();
    private final long startCpu = processCpuNanos();
    private final AtomicLong livePeak = new AtomicLong();

    BenchFigures() {
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        return;
                    }
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long used = 0;
                    for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (heapPools.contains(e.getKey())) {
                            used += e.getValue().getUsed();
                        }
                    }
                    livePeak.accumulateAndGet(used, Math::max);
                }, null, null);
            }
        }
    }

    long wallNanos() {
        return System.nanoTime() - startNanos;
    }

    long cpuNanos() {
        return processCpuNanos() - startCpu;
    }

    /** One line: wall, CPU, lines/s, heap peaks and the machine's load. */
    String summary(long feeLines) {
        double wall = wallNanos() / 1e9;
        double cpu = cpuNanos() / 1e9;
        return String.format(Locale.ROOT,
                "wall %.1f s, CPU %.1f s (%d cores), %.0f fee lines/s, heap live peak %d MB, pool peaks %d MB (max %d MB), load average %s",
                wall, cpu, Runtime.getRuntime().availableProcessors(), feeLines / wall, livePeak.get() >> 20,
                poolPeaks() >> 20, Runtime.getRuntime().maxMemory() >> 20, loadAverage());
    }

    long livePeakMegabytes() {
        return livePeak.get() >> 20;
    }

    /** The sum of the heap pools' peaks (an upper bound of the heap used at any moment). */
    static long poolPeaks() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = pool.getPeakUsage();
            if (pool.getType() == MemoryType.HEAP && u != null) {
                peak += u.getUsed();
            }
        }
        return peak;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static String loadAverage() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", l);
    }
}
