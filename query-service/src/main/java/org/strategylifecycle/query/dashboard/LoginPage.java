package org.strategylifecycle.query.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    /** {@code error}: the last attempt failed; {@code logout}: just signed out (Spring Security's redirects). */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("demoUsers", demoUsers);
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        return "login";
    }

    /** Where Spring Security forwards a refusal: a role that does not reach, or a form without its CSRF token. */
    @RequestMapping("/denied")
    ModelAndView denied(HttpServletRequest request) {
        boolean forged = request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
        return PageAdvice.page(ErrorCode.FORBIDDEN, forged
                ? "the form had expired or did not come from this site; reload it and try again"
                : "your role may not see this page", request);
    }
}
