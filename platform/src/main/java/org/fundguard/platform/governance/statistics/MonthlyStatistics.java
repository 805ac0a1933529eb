package org.fundguard.platform.governance.statistics;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fundguard.core.Category;
import org.fundguard.platform.governance.statistics.MonthlyReport.Kind;
import org.fundguard.platform.governance.statistics.MonthlyReport.Line;
import org.fundguard.platform.governance.statistics.MonthlyReport.Section;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds the monthly statistics from the database. A clue counts in the month it was received
 * (created), a verification in the month it was recorded; duplicates merged into another clue are
 * not counted twice. Case measures come through {@link EnforcementFigures}, reports and rewards
 * through {@link RewardFigures}.
 */
@Service
public class MonthlyStatistics {
    /** The source labels of 线索来源, in the order of the bulletins: 智能监控 first, then hand-entered sources. */
    private static final Map<String, String> SOURCES = new java.util.LinkedHashMap<>();

    static {
        SOURCES.put("MODEL", "智能监控模型");
        SOURCES.put("RULE", "智能监控规则");
        SOURCES.put("REPORT", "举报投诉");
        SOURCES.put("FLIGHT_INSPECTION", "飞行检查");
        SOURCES.put("REFERRAL", "上级交办");
        SOURCES.put("MEDIA", "媒体曝光");
    }

    private final JdbcClient jdbc;
    private final EnforcementFigures enforcement;
    private final RewardFigures rewards;

    MonthlyStatistics(JdbcClient jdbc, EnforcementFigures enforcement, RewardFigures rewards) {
        this.jdbc = jdbc;
        this.enforcement = enforcement;
        this.rewards = rewards;
    }

    public MonthlyReport report(YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.plusMonths(1).atDay(1);
        LocalDate yearStart = LocalDate.of(month.getYear(), 1, 1);
        // how each row is counted, printed under the table so a reader of the export knows
        List<String> notes = List.of(
                "执法处理按处理决定日期统计；追回医保基金按实际退回基金的金额、罚款按决定的罚款和违约金统计。",
                "线索按受理日期统计，合并的重复线索不重复计算；核查按核查结论日期统计。",
                "受理举报按举报登记日期统计；举报奖励按实际兑付日期统计。");
        List<Section> sections = new ArrayList<>();

        EnforcementFigures.Enforcement em = enforcement.between(from, to);
        EnforcementFigures.Enforcement ey = enforcement.between(yearStart, to);
        sections.add(new Section("enforcement", "执法处理", List.of(
                new Line("enf.interviews", "约谈定点医药机构", "家", Kind.COUNT, em.interviews(), ey.interviews()),
                new Line("enf.suspensions", "暂停医保协议", "家", Kind.COUNT, em.suspensions(), ey.suspensions()),
                new Line("enf.terminations", "解除医保协议", "家", Kind.COUNT, em.terminations(), ey.terminations()),
                new Line("enf.penalties", "行政处罚", "家", Kind.COUNT, em.penalties(), ey.penalties()),
                new Line("enf.judicial", "移交司法机关", "起", Kind.COUNT, em.judicialReferrals(), ey.judicialReferrals()),
                new Line("enf.discipline", "移交纪检监察机关", "起", Kind.COUNT, em.disciplineReferrals(), ey.disciplineReferrals()),
                new Line("enf.recovered", "追回医保基金", "元", Kind.MONEY, em.recoveredFen(), ey.recoveredFen()),
                new Line("enf.fined", "罚款", "元", Kind.MONEY, em.finedFen(), ey.finedFen()))));

        List<Line> bySource = new ArrayList<>();
        long[] total = new long[2];
        Map<String, long[]> sourceCounts = new java.util.HashMap<>();
        jdbc.sql("""
                select source_kind, count(*) filter (where created_at >= ?), count(*) from clues
                where status <> 'MERGED' and created_at >= ? and created_at < ? group by source_kind""")
                .params(from, yearStart, to).query((ResultSet rs) -> {
                    sourceCounts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        for (Map.Entry<String, String> s : SOURCES.entrySet()) {
            long[] c = sourceCounts.getOrDefault(s.getKey(), new long[2]);
            total[0] += c[0];
            total[1] += c[1];
            bySource.add(new Line("source." + s.getKey(), s.getValue(), "件", Kind.COUNT, c[0], c[1]));
        }
        bySource.add(0, new Line("clues.total", "受理线索合计", "件", Kind.COUNT, total[0], total[1]));
        sections.add(new Section("sources", "线索来源", bySource));

        Map<Category, long[]> byCategory = new EnumMap<>(Category.class);
        jdbc.sql("""
                select category, count(*) filter (where created_at >= ?), count(*) from clues
                where status <> 'MERGED' and created_at >= ? and created_at < ? group by category""")
                .params(from, yearStart, to).query((ResultSet rs) -> {
                    Category c = Category.of(rs.getString(1));
                    if (c != null) {
                        byCategory.put(c, new long[] {rs.getLong(2), rs.getLong(3)});
                    }
                });
        List<Line> categories = new ArrayList<>();
        for (Map.Entry<Category, long[]> e : byCategory.entrySet()) {
            categories.add(new Line("category." + e.getKey().name(), e.getKey().label(), "件", Kind.COUNT, e.getValue()[0],
                    e.getValue()[1]));
        }
        sections.add(new Section("categories", "线索类别", categories));

        long[] v = jdbc.sql("""
                select count(*) filter (where verified_at >= ?),
                       count(*),
                       count(*) filter (where verified_at >= ? and status in ('CONFIRMED', 'CASE_OPENED')),
                       count(*) filter (where status in ('CONFIRMED', 'CASE_OPENED')),
                       coalesce(sum(confirmed_fen) filter (where verified_at >= ? and status in ('CONFIRMED', 'CASE_OPENED')), 0),
                       coalesce(sum(confirmed_fen) filter (where status in ('CONFIRMED', 'CASE_OPENED')), 0)
                from clues where verified_at >= ? and verified_at < ?
                  and status in ('CONFIRMED', 'NOT_ESTABLISHED', 'FALSE_POSITIVE', 'CASE_OPENED')""")
                .params(from, from, from, yearStart, to)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)})
                .single();
        sections.add(new Section("verification", "线索核查", List.of(
                new Line("verify.done", "核查办结", "件", Kind.COUNT, v[0], v[1]),
                new Line("verify.confirmed", "核查属实", "件", Kind.COUNT, v[2], v[3]),
                new Line("verify.confirmedAmount", "查实违规金额", "元", Kind.MONEY, v[4], v[5]))));

        RewardFigures.Rewards rm = rewards.between(from, to);
        RewardFigures.Rewards ry = rewards.between(yearStart, to);
        sections.add(new Section("reports", "举报奖励", List.of(
                new Line("reports.received", "受理举报", "件", Kind.COUNT, rm.reports(), ry.reports()),
                new Line("reports.rewarded", "兑现举报奖励", "人次", Kind.COUNT, rm.rewarded(), ry.rewarded()),
                new Line("reports.rewardAmount", "举报奖励金额", "元", Kind.MONEY, rm.rewardFen(), ry.rewardFen()))));

        long[] d = jdbc.sql("""
                select count(distinct d.id) filter (where d.published_at >= ?), count(distinct d.id),
                       count(distinct a.draw_id || ':' || a.target_code) filter (where d.published_at >= ?),
                       count(distinct a.draw_id || ':' || a.target_code)
                from draws d left join draw_assignments a on a.draw_id = d.id
                where d.status = 'PUBLISHED' and d.published_at >= ? and d.published_at < ?""")
                .params(from, from, yearStart, to)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).single();
        // typical cases published on the 曝光台: the director's and those published at the end of a case
        long[] x = jdbc.sql("""
                select count(*) filter (where published_at >= ?), count(*) from (
                    select published_at from disclosures where not withdrawn
                    union all
                    select published_at from case_publications where withdrawn_at is null) p
                where published_at >= ? and published_at < ?""")
                .params(from, yearStart, to).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        sections.add(new Section("openness", "双随机一公开与曝光", List.of(
                new Line("open.draws", "公开双随机抽查", "次", Kind.COUNT, d[0], d[1]),
                new Line("open.targets", "抽查定点医药机构", "家", Kind.COUNT, d[2], d[3]),
                new Line("open.disclosures", "曝光典型案例", "起", Kind.COUNT, x[0], x[1]))));

        return new MonthlyReport(month, sections, notes, trend(month));
    }

    private List<MonthlyReport.TrendPoint> trend(YearMonth month) {
        List<MonthlyReport.TrendPoint> out = new ArrayList<>();
        for (int m = 1; m <= month.getMonthValue(); m++) {
            YearMonth ym = YearMonth.of(month.getYear(), m);
            LocalDate from = ym.atDay(1);
            LocalDate to = ym.plusMonths(1).atDay(1);
            long received = jdbc.sql("select count(*) from clues where status <> 'MERGED' and created_at >= ? and created_at < ?")
                    .params(from, to).query(Long.class).single();
            long[] c = jdbc.sql("""
                    select count(*), coalesce(sum(confirmed_fen), 0) from clues
                    where status in ('CONFIRMED', 'CASE_OPENED') and verified_at >= ? and verified_at < ?""")
                    .params(from, to).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
            out.add(new MonthlyReport.TrendPoint(ym.toString(), received, c[0], c[1]));
        }
        return out;
    }
}
