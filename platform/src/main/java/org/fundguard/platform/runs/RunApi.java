package org.fundguard.platform.runs;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Data runs over REST (/api/v1/runs). */
@RestController
@RequestMapping("/api/v1/runs")
class RunApi {
    private final RunService runs;

    RunApi(RunService runs) {
        this.runs = runs;
    }

    record NewRun(String dataset, String path, RunMode mode) {
    }

    @PostMapping
    ResponseEntity<DataRun> start(@RequestBody NewRun body, Authentication auth) {
        if (body.path() == null) {
            throw new RunException("give the path of the data set directory on the server");
        }
        long id = runs.start(body.dataset(), Path.of(body.path()), body.mode() == null ? RunMode.SCREEN : body.mode(),
                auth.getName());
        return ResponseEntity.created(URI.create("/api/v1/runs/" + id)).body(runs.get(id));
    }

    @GetMapping
    List<DataRun> list() {
        return runs.all();
    }

    @GetMapping("/{id}")
    DataRun get(@PathVariable long id) {
        return runs.get(id);
    }

    @GetMapping("/{id}/categories")
    List<CategoryTotal> totals(@PathVariable long id) {
        return runs.totals(id);
    }

    @GetMapping("/compare")
    List<CategoryCount> compare(@RequestParam long a, @RequestParam long b) {
        runs.get(a);
        runs.get(b);
        return runs.compare(a, b);
    }
}
