package org.fundguard.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.Institution;
import org.fundguard.core.ListType;
import org.fundguard.core.Money;
import org.fundguard.core.Person;
import org.fundguard.core.Practitioner;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.core.dataset.DataSets;
import org.fundguard.core.dataset.ValidationMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Load on the platform's real-time audit endpoint from this separate process over loopback: N
 * workers each post one visit of L lines, wait for the answer, post the next (closed loop). Visits
 * are drawn from the reference data set the platform audits against (its persons, hospitals,
 * doctors and catalogue), dated after the data, so each is checked against the person's history.
 * Prints throughput and latency percentiles of the measured period (after the warm-up).
 */
@Command(name = "realtime", mixinStandardHelpOptions = true,
        description = {"Load test of POST /api/v1/realtime/audit from this process: throughput and p50/p99 latency.",
            "Start the platform first (bin/fundguard serve) with the same data set finished as a data run."})
final class BenchRealtimeCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--data", required = true, description = "the reference data set directory the platform uses")
    Path data;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "platform (default ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--key", required = true, description = "API key (X-API-Key), see DATA-DIR/api-key.txt")
    String key;

    @Option(names = "--seconds", defaultValue = "30", description = "measured duration (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup", defaultValue = "10", description = "seconds not measured first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--concurrency", defaultValue = "16", description = "workers (default ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--lines", defaultValue = "20", description = "fee lines per visit (default ${DEFAULT-VALUE})")
    int lines;

    @Option(names = "--settled", defaultValue = "0.5",
            description = "share of visits posted with their settlement, which then join the history (default ${DEFAULT-VALUE})")
    double settledShare;

    @Option(names = "--seed", defaultValue = "1", description = "random seed")
    long seed;

    @Option(names = "--bodies-out", description = {"instead of running: write this many request bodies, one per line,",
        "with @ID@ where the visit id goes (for wrk and platform/load/realtime.lua)"}, paramLabel = "FILE")
    Path bodiesOut;

    @Option(names = "--count", defaultValue = "5000", description = "bodies to write with --bodies-out (default ${DEFAULT-VALUE})")
    int count;

    record Shape(List<Person> persons, List<Institution> hospitals, Map<String, List<String>> doctors,
            List<CatalogItem> items, LocalDateTime after) {
    }

    @Override
    public Integer call() throws Exception {
        Usage.requireDirectory(data, "--data");
        if (concurrency < 1 || lines < 1 || seconds < 1) {
            throw new Usage.UsageError("--concurrency, --lines and --seconds must be positive");
        }
        Shape shape = shape(DataSets.load(data, ValidationMode.LENIENT).dataSet());
        if (bodiesOut != null) {
            SplittableRandom random = new SplittableRandom(seed);
            List<String> bodies = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                bodies.add(visit(shape, random, i).replace("LT" + seed + "-" + i, "@ID@"));
            }
            java.nio.file.Files.write(bodiesOut, bodies);
            System.out.printf(Locale.ROOT, "wrote %d request bodies of %d lines to %s%n", count, lines, bodiesOut);
            return 0;
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI target = URI.create(url.replaceAll("/$", "") + "/api/v1/realtime/audit");

        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        long[][] latencies = new long[concurrency][];
        int[] counts = new int[concurrency];
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        CountDownLatch done = new CountDownLatch(concurrency);
        System.err.printf(Locale.ROOT, "bench realtime: %d workers, %d lines per visit, %d s warm-up + %d s measured -> %s%n",
                concurrency, lines, warmup, seconds, target);
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            Thread t = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(seed * 1_000_003L + worker);
                long[] mine = new long[1 << 16];
                int n = 0;
                try {
                    while (true) {
                        long now = System.nanoTime();
                        if (now >= end) {
                            break;
                        }
                        String body = visit(shape, random, sequence.incrementAndGet());
                        HttpRequest request = HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                                .header("X-API-Key", key).timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (java.io.IOException e) {
                            status = -1;
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom) {
                            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                            if (status != 200) {
                                failures.incrementAndGet();
                            }
                            if (n == mine.length) {
                                mine = Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = t1 - t0;
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    latencies[worker] = mine;
                    counts[worker] = n;
                    done.countDown();
                }
            }, "load-" + w);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int w = 0; w < concurrency; w++) {
            System.arraycopy(latencies[w], 0, all, at, counts[w]);
            at += counts[w];
        }
        Arrays.sort(all);
        double rate = total / (double) seconds;
        System.out.printf(Locale.ROOT, "requests %d in %d s: %.0f visits/s (%.0f fee lines/s), failures %d, statuses %s%n",
                total, seconds, rate, rate * lines, failures.get(), statuses);
        System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                ms(all, 0.50), ms(all, 0.90), ms(all, 0.99), ms(all, 0.999), total == 0 ? 0 : all[total - 1] / 1e6);
        return failures.get() == 0 ? 0 : 1;
    }

    private static double ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static Shape shape(DataSet d) {
        List<Person> persons = d.persons().stream().filter(p -> p.deathDate() == null).toList();
        List<Institution> hospitals = d.institutions().stream().filter(i -> !i.isPharmacy()).toList();
        Map<String, List<String>> doctors = new ConcurrentHashMap<>();
        for (Practitioner p : d.practitioners().stream().filter(x -> x.type() == org.fundguard.core.PractitionerType.DOCTOR).toList()) {
            doctors.computeIfAbsent(p.institutionCode(), k -> new ArrayList<>()).add(p.code());
        }
        // an ordinary outpatient visit: items any adult may have anywhere, at a payable class, as charged
        // by honest institutions; hits then come from the person's history and the few odd draws
        List<CatalogItem> items = d.catalog().stream().filter(c -> !c.nonDrug()
                && (c.listType() == ListType.WESTERN_DRUG || c.listType() == ListType.SERVICE_ITEM)
                && c.chargeLevel() != org.fundguard.core.ChargeLevel.SELF_PAID && c.limitDiagPrefixes().isEmpty()
                && c.limitGender() == null && c.ageMin() == null && c.ageMax() == null && c.limitHospitalLevel() == null
                && c.limitMedType() == null).toList();
        LocalDateTime last = d.visits().stream().map(v -> v.begin()).max(LocalDateTime::compareTo).orElseThrow();
        if (persons.isEmpty() || hospitals.isEmpty() || items.isEmpty()) {
            throw new Usage.UsageError("--data: the data set has no living persons, hospitals or catalogue items to draw visits from");
        }
        return new Shape(persons, hospitals, doctors, items, last.plusDays(1).withHour(8).withMinute(0).withSecond(0));
    }

    /** One outpatient visit with its lines, a unique id and, for a share of them, its settlement. */
    private String visit(Shape s, SplittableRandom r, long n) {
        Person p = s.persons().get(r.nextInt(s.persons().size()));
        Institution h = s.hospitals().get(r.nextInt(s.hospitals().size()));
        List<String> docs = s.doctors().getOrDefault(h.code(), List.of());
        List<CatalogItem> pool = new ArrayList<>(s.items());
        String doctor = docs.isEmpty() ? "" : docs.get(r.nextInt(docs.size()));
        LocalDateTime begin = s.after().plusMinutes(n % (60 * 24 * 30));
        String time = begin.format(TIME);
        String id = "LT" + seed + "-" + n;
        StringBuilder b = new StringBuilder(256 + lines * 220);
        b.append("{\"stage\":\"DURING\",\"visit\":{\"mdtrt_id\":\"").append(id).append("\",\"psn_no\":\"").append(p.psnNo())
                .append("\",\"fixmedins_code\":\"").append(h.code()).append("\",\"med_type\":\"11\",\"begntime\":\"")
                .append(time).append("\",\"endtime\":\"").append(time).append("\",\"dept_code\":\"D01\",\"atddr_code\":\"")
                .append(doctor).append("\",\"main_diag_code\":\"J06.9\",\"mdtrt_cert_type\":\"03\",\"terminal_id\":\"T")
                .append(h.code()).append("\"},\"lines\":[");
        long total = 0;
        for (int i = 0; i < lines; i++) {
            // distinct items, so that no daily limit or duplicate rule fires by accident
            CatalogItem item = pool.isEmpty() ? s.items().get(r.nextInt(s.items().size())) : pool.remove(r.nextInt(pool.size()));
            Long cap = item.priceCapFor(h.level());
            long price = cap != null ? Math.max(1, cap * 9 / 10) : 1000 + r.nextInt(5000);
            total += price;
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"feedetl_sn\":\"").append(id).append('-').append(i).append("\",\"fee_ocur_time\":\"").append(time)
                    .append("\",\"med_list_codg\":\"").append(item.code()).append("\",\"cnt\":\"1\",\"pric\":\"")
                    .append(Money.format(price)).append("\",\"det_item_fee_sumamt\":\"").append(Money.format(price))
                    .append("\",\"bilg_dr_codg\":\"").append(doctor).append("\",\"bilg_dept_codg\":\"D01\"}");
        }
        b.append(']');
        if (r.nextDouble() < settledShare) {
            long fund = total * 7 / 10;
            b.append(",\"settlement\":{\"setl_id\":\"S").append(id).append("\",\"setl_time\":\"").append(time)
                    .append("\",\"medfee_sumamt\":\"").append(Money.format(total)).append("\",\"hifp_pay\":\"")
                    .append(Money.format(fund)).append("\",\"psn_cash_pay\":\"").append(Money.format(total - fund))
                    .append("\",\"fund_pay_sumamt\":\"").append(Money.format(fund)).append("\"}");
        }
        return b.append('}').toString();
    }
}
