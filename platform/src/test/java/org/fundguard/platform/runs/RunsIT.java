package org.fundguard.platform.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.SmallRegion;
import org.fundguard.platform.TestRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@PlatformIT
class RunsIT {
    @Autowired
    RunService runs;
    @Autowired
    MockMvc mvc;

    @TempDir
    Path dir;

    @Test
    void numbersTheRunsOfOneDataSetAndComparesThemByCategory() throws Exception {
        SmallRegion.writeTo(dir, "cmp");
        long first = TestRuns.awaitFinished(runs, runs.start("compare-me", dir, RunMode.IMPORT, "analyst")).id();
        // the second version drops the over-price lead
        Path leads = dir.resolve("leads.csv");
        List<String> rows = Files.readAllLines(leads);
        Files.write(leads, rows.stream().filter(r -> !r.contains("OVER_PRICE")).toList());
        long second = TestRuns.awaitFinished(runs, runs.start("compare-me", dir, RunMode.IMPORT, "analyst")).id();

        assertThat(runs.get(first).version()).isEqualTo(1);
        assertThat(runs.get(second).version()).isEqualTo(2);
        List<CategoryCount> diff = runs.compare(first, second);
        CategoryCount overPrice = diff.stream().filter(c -> c.category().equals("OVER_PRICE")).findFirst().orElseThrow();
        assertThat(overPrice.leadsA()).isEqualTo(1);
        assertThat(overPrice.leadsB()).isZero();
        assertThat(overPrice.onlyA()).isEqualTo(1);
        CategoryCount deceased = diff.stream().filter(c -> c.category().equals("DECEASED_CLAIM")).findFirst().orElseThrow();
        assertThat(deceased.leadsA()).isEqualTo(2);
        assertThat(deceased.leadsB()).isEqualTo(2);
        assertThat(deceased.onlyA() + deceased.onlyB()).isZero();

        String page = mvc.perform(get("/runs/compare").param("a", "" + first).param("b", "" + second)
                .with(user("analyst").roles("ANALYST"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("超标准收费");
    }

    @Test
    void failsARunWithABadLeadsFileNamingLineAndField() throws Exception {
        SmallRegion.writeTo(dir, "bad");
        Path leads = dir.resolve("leads.csv");
        List<String> rows = Files.readAllLines(leads);
        rows.set(3, rows.get(3).replace("OVER_PRICE", "PRICE_GOUGING"));
        Files.write(leads, rows);

        DataRun run = TestRuns.awaitFinished(runs, runs.start("bad-leads", dir, RunMode.IMPORT, "analyst"));

        assertThat(run.status()).isEqualTo("FAILED");
        assertThat(run.message()).contains("leads.csv:4:category").contains("PRICE_GOUGING");
    }

    @Test
    void screensAValidDataSetWithTheEngine() {
        SmallRegion.writeTo(dir, "screen");

        DataRun run = TestRuns.awaitFinished(runs, runs.start("screen-me", dir, RunMode.SCREEN, "analyst"));

        assertThat(run.status()).as(run.message()).isEqualTo("DONE");
        assertThat(run.engine()).startsWith("engine:");
        assertThat(run.progress()).isEqualTo(100);
    }

    @Test
    void failsAScreeningRunOnAnInvalidDataSetNamingFileLineAndField() throws Exception {
        SmallRegion.writeTo(dir, "invalid");
        Path lines = dir.resolve("fee_details.csv");
        List<String> rows = Files.readAllLines(lines);
        rows.set(1, rows.get(1).replaceFirst(",45.00,", ",45.001,"));
        Files.write(lines, rows);

        DataRun run = TestRuns.awaitFinished(runs, runs.start("invalid", dir, RunMode.SCREEN, "analyst"));

        assertThat(run.status()).isEqualTo("FAILED");
        assertThat(run.message()).contains("fee_details.csv:2:pric");
    }

    @Test
    void refusesADirectoryWithoutLeadsToImport() {
        assertThatThrownBy(() -> runs.start("empty", dir, RunMode.IMPORT, "analyst"))
                .isInstanceOf(RunException.class).hasMessageContaining("leads.csv");
    }

    @Test
    void acceptsAnUploadedZip() throws Exception {
        SmallRegion.writeTo(dir, "zip");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    zip.putNextEntry(new ZipEntry("region/" + f.getFileName()));
                    zip.write(Files.readAllBytes(f));
                    zip.closeEntry();
                }
            }
        }

        String location = mvc.perform(multipart("/runs/upload")
                        .file(new MockMultipartFile("archive", "region.zip", "application/zip", bytes.toByteArray()))
                        .param("dataset", "uploaded").param("mode", "IMPORT")
                        .with(user("analyst").roles("ANALYST")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();

        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        DataRun run = TestRuns.awaitFinished(runs, id);
        assertThat(run.status()).as(run.message()).isEqualTo("DONE");
        assertThat(run.leadCount()).isEqualTo(4);
    }

    @Test
    void refusesAnArchiveThatEscapesItsDirectory() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../../evil sh"));
            zip.write("x".getBytes());
            zip.closeEntry();
        }

        assertThatThrownBy(() -> Uploads.unzip(new java.io.ByteArrayInputStream(bytes.toByteArray()), dir))
                .isInstanceOf(RunException.class).hasMessageContaining("not allowed");
    }
}
