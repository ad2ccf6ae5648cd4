package org.strategylifecycle.query.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.strategylifecycle.api.common.ErrorCode;

/**
 * The login form for the local demo users (Spring Security checks the POST and its CSRF token), and
 * the page a signed-in user sees where the role does not reach.
 */
@Controller
class LoginPage {

    private final boolean demoUsers;

    LoginPage(@Value("${strategy.security.demo-users}") boolean demoUsers) {
        this.demoUsers = demoUsers;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoUsers", demoUsers);
        return "login";
    }

    @RequestMapping("/denied")
    ModelAndView denied(HttpServletRequest request) {
        return PageAdvice.page(ErrorCode.FORBIDDEN, "your role may not see this page", request);
    }
}
