package org.fundguard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Label;
import org.fundguard.core.Lead;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.core.dataset.DataSetSink;
import org.fundguard.core.dataset.DataSets;
import org.fundguard.core.dataset.LabelFile;
import org.fundguard.core.dataset.LeadFile;
import org.fundguard.core.dataset.LoadOptions;
import org.fundguard.core.dataset.Table;
import org.fundguard.core.dataset.ValidationReport;
import org.fundguard.core.evaluation.Evaluation;
import org.fundguard.core.evaluation.EvaluationTable;
import org.fundguard.core.evaluation.HardNegativeFile;
import org.fundguard.core.evaluation.SubjectTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate leads against the labels of a data set (matching rule of data-contract.md).",
            "Per category: labels, found, recall, leads, matched, precision, average precision, fund-loss recall,",
            "hard negatives flagged. The last line reads 'macro recall R precision P ap A fund-loss-recall F'."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "data set directory with labels.csv")
    Path data;

    @Option(names = "--leads", required = true, description = "leads file (leads.csv or leads.parquet)")
    Path leads;

    @Option(names = "--json", description = "also write the figures as JSON to this file")
    Path json;

    @Override
    public Integer call() throws IOException {
        Evaluation.Result result = evaluate(data, leads);
        if (result == null) {
            return 1;
        }
        System.out.print(EvaluationTable.text(result));
        if (json != null) {
            Files.writeString(json, EvaluationTable.json(result), StandardCharsets.UTF_8);
        }
        return 0;
    }

    /** Evaluates, or prints why it cannot and returns null. */
    static Evaluation.Result evaluate(Path data, Path leadsFile) {
        Usage.requireDirectory(data, "--data");
        Usage.requireFile(leadsFile, "--leads");
        Path labelsFile = data.resolve(Table.LABELS.csvFileName());
        if (!Files.exists(labelsFile) && Files.exists(data.resolve(Table.LABELS.parquetFileName()))) {
            labelsFile = data.resolve(Table.LABELS.parquetFileName());
        }
        Usage.requireFile(labelsFile, "labels of --data");
        List<Label> labels = LabelFile.read(labelsFile);
        List<Lead> leads = LeadFile.read(leadsFile);
        Path hn = data.resolve(HardNegativeFile.FILE_NAME);
        List<Evaluation.HardNegative> negatives = Files.exists(hn) ? HardNegativeFile.read(hn) : List.of();

        SubjectTree tree = new SubjectTree();
        ValidationReport report = DataSets.stream(data, LoadOptions.strict(), new DataSetSink() {
            @Override
            public void visit(Visit v) {
                tree.addVisit(v);
            }

            @Override
            public void feeDetail(FeeDetail f) {
                tree.addLine(f);
            }

            @Override
            public void settlement(Settlement s) {
                tree.addSettlement(s);
            }
        });
        if (report.hasErrors()) {
            System.err.println("fundguard eval: the data set has validation errors; fix them first "
                    + "(bin/fundguard validate " + data + "):");
            report.print(System.err);
            return null;
        }
        return Evaluation.evaluate(labels, leads, negatives, tree);
    }
}
