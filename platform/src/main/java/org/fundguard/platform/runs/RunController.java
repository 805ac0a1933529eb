package org.fundguard.platform.runs;

import java.io.IOException;
import java.nio.file.Path;
import org.fundguard.platform.PlatformProperties;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Data run pages: register a directory or upload a zip, follow the progress, compare two runs. */
@Controller
class RunController {
    private final RunService runs;
    private final PlatformProperties properties;

    RunController(RunService runs, PlatformProperties properties) {
        this.runs = runs;
        this.properties = properties;
    }

    @GetMapping("/runs")
    String list(Model model) {
        model.addAttribute("runs", runs.all());
        return "runs";
    }

    @PostMapping("/runs")
    String register(@RequestParam String dataset, @RequestParam String path, @RequestParam RunMode mode,
            Authentication auth, RedirectAttributes flash) {
        try {
            long id = runs.start(dataset, Path.of(path.trim()), mode, auth.getName());
            return "redirect:/runs/" + id;
        } catch (RunException | java.nio.file.InvalidPathException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            return "redirect:/runs";
        }
    }

    @PostMapping("/runs/upload")
    String upload(@RequestParam String dataset, @RequestParam MultipartFile archive, @RequestParam RunMode mode,
            Authentication auth, RedirectAttributes flash) throws IOException {
        try {
            Path dir = Uploads.unzip(archive.getInputStream(), properties.datasetsDir());
            long id = runs.start(dataset, dir, mode, auth.getName());
            return "redirect:/runs/" + id;
        } catch (RunException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            return "redirect:/runs";
        }
    }

    @GetMapping("/runs/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("run", runs.get(id));
        model.addAttribute("totals", runs.totals(id));
        model.addAttribute("others", runs.all().stream().filter(r -> r.id() != id && "DONE".equals(r.status())).toList());
        return "run";
    }

    /** The progress fragment htmx polls; status 286 tells htmx to stop polling once the run is over. */
    @GetMapping("/runs/{id}/progress")
    String progress(@PathVariable long id, Model model, jakarta.servlet.http.HttpServletResponse response) {
        DataRun run = runs.get(id);
        model.addAttribute("run", run);
        if (run.finished()) {
            response.setStatus(286);
        }
        return "run :: progress";
    }

    @GetMapping("/runs/compare")
    String compare(@RequestParam long a, @RequestParam long b, Model model) {
        model.addAttribute("a", runs.get(a));
        model.addAttribute("b", runs.get(b));
        model.addAttribute("rows", runs.compare(a, b));
        return "run-compare";
    }

}
