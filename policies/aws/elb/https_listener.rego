# METADATA
# title: Load balancer listeners serve HTTPS
# description: |
#   An HTTP listener that forwards requests sends prompts, completions and
#   bearer tokens between clients and the load balancer in clear text. A
#   listener that only redirects to HTTPS or returns a fixed response
#   carries no data and passes. protocol defaults to "HTTP" for Application
#   Load Balancers; Network Load Balancer TCP listeners pass traffic through
#   and are not judged.
# custom:
#   id: AWS-ELB-001
#   severity: medium
#   resource_types: [aws_lb_listener, aws_alb_listener]
#   formats: [terraform]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#     aws-fsbp: [ELB.1]
#   defender: >-
#     Application Load Balancer should be configured to redirect all HTTP requests to HTTPS
#   remediation:
#     terraform: >-
#       Set `protocol = "HTTPS"` with `certificate_arn` and `ssl_policy`, or make the HTTP listener default
#       action a `redirect` with `protocol = "HTTPS"`.
#   fix:
#     none: HTTPS needs a certificate; redirecting needs a listener on 443
#   since: 0.2.0
package posture.aws.elb.https_listener

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["protocol"]} if {
	object.get(input.resource, "protocol", "HTTP") == "HTTP"
	lib.known_under("default_action")
	some a in input.resource.default_action
	carries_data(a)
	msg := sprintf("%s serves plain HTTP and %s requests instead of redirecting them to HTTPS: %s.", [
		terraform.label, object.get(a, "type", "forwards"), terraform.found(["protocol"], "the default is \"HTTP\""),
	])
}

carries_data(a) if not a.type in {"redirect", "fixed-response"}

carries_data(a) if {
	a.type == "redirect"
	some r in a.redirect
	object.get(r, "protocol", "#{protocol}") != "HTTPS"
}
