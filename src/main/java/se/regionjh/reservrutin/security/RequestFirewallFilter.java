package se.regionjh.reservrutin.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's firewall, applied before the security filter chain: there
 * Spring parses the request path against the servlet path first, and a path
 * such as {@code //engine-rest/task} fails that parse with an exception the
 * container answers 500, before the firewall would have refused it (issue 11).
 * Refused requests go to the same {@link RequestRejectedHandler} as the chain's.
 */
class RequestFirewallFilter extends OncePerRequestFilter {

	private final HttpFirewall firewall = new StrictHttpFirewall();

	private final RequestRejectedHandler rejected;

	RequestFirewallFilter(RequestRejectedHandler rejected) {
		this.rejected = rejected;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			this.firewall.getFirewalledRequest(request);
		}
		catch (RequestRejectedException ex) {
			this.rejected.handle(request, response, ex);
			return;
		}
		chain.doFilter(request, response);
	}

}
