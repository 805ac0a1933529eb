package org.fundguard.platform.cases;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
class CasesController {
    private final Cases cases;

    CasesController(Cases cases) {
        this.cases = cases;
    }

    @GetMapping("/cases")
    String page(Model model) {
        model.addAttribute("cases", cases.all());
        return "cases";
    }

    @GetMapping("/api/v1/cases")
    @ResponseBody
    List<Cases.Case> api() {
        return cases.all();
    }
}
