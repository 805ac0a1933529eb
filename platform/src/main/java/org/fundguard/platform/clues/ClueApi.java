package org.fundguard.platform.clues;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Clues over REST (/api/v1/leads), as described in openapi.yaml. */
@RestController
@RequestMapping("/api/v1")
class ClueApi {
    private final ClueService clues;
    private final Precision precision;

    ClueApi(ClueService clues, Precision precision) {
        this.clues = clues;
        this.precision = precision;
    }

    record PageBody(List<Clue> items, long total, int page, int pages) {
    }

    @GetMapping("/leads")
    PageBody list(@ModelAttribute InboxFilter filter) {
        Clues.Page p = clues.search(filter);
        return new PageBody(p.clues(), p.total(), p.page(), p.pages());
    }

    @GetMapping("/leads/{id}")
    Clue get(@PathVariable String id) {
        return clues.get(id);
    }

    @PostMapping("/leads")
    ResponseEntity<Map<String, String>> register(@RequestBody ClueService.ManualClue body, Authentication auth) {
        String id = clues.register(body, auth.getName());
        return ResponseEntity.created(URI.create("/api/v1/leads/" + id)).body(Map.of("id", id));
    }

    record Assignment(String investigator) {
    }

    @PostMapping("/leads/{id}/assignment")
    Clue assign(@PathVariable String id, @RequestBody Assignment body, Authentication auth) {
        clues.assign(id, body.investigator(), auth.getName());
        return clues.get(id);
    }

    record Verification(Verdict verdict, String reason, BigDecimal confirmedAmount) {
    }

    @PostMapping("/leads/{id}/verification")
    Clue verify(@PathVariable String id, @RequestBody Verification body, Authentication auth) {
        clues.verify(id, body.verdict(), body.reason(), body.confirmedAmount(), auth.getName());
        return clues.get(id);
    }

    record Merge(List<String> duplicates) {
    }

    @PostMapping("/leads/{id}/merge")
    Clue merge(@PathVariable String id, @RequestBody Merge body, Authentication auth) {
        clues.merge(id, body.duplicates(), auth.getName());
        return clues.get(id);
    }

    @PostMapping("/leads/{id}/case")
    Map<String, String> openCase(@PathVariable String id, Authentication auth) {
        return Map.of("caseNo", clues.openCase(id, auth.getName()));
    }

    @GetMapping("/precision")
    List<Precision.Row> precision() {
        return precision.bySource();
    }
}
