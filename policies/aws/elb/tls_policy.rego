# METADATA
# title: Load balancer TLS listeners use a TLS 1.2+ security policy
# description: |
#   Predefined security policies such as ELBSecurityPolicy-2016-08 and the
#   TLS-1-0/TLS-1-1 families accept TLS 1.0 and 1.1 and weak ciphers.
#   Policies whose name carries TLS-1-2, FS-1-2, TLS13-1-2 or TLS13-1-3 do
#   not. Only a written ssl_policy is judged: the service picks the default
#   when it is absent.
# custom:
#   id: AWS-ELB-002
#   severity: medium
#   resource_types: [aws_lb_listener, aws_alb_listener]
#   formats: [terraform]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#     aws-fsbp: ["~ELB.17"]
#   remediation:
#     terraform: >-
#       Set `ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"` (or another TLS 1.2+ policy).
#   fix:
#     terraform:
#       set: {ssl_policy: ELBSecurityPolicy-TLS13-1-2-2021-06}
#   since: 0.2.0
package posture.aws.elb.tls_policy

import data.posture.lib
import data.posture.lib.terraform

modern_markers := ["TLS-1-2", "FS-1-2", "TLS13-1-2", "TLS13-1-3"]

deny contains {"msg": msg, "path": ["ssl_policy"]} if {
	object.get(input.resource, "protocol", "") in {"HTTPS", "TLS"}
	policy := input.resource.ssl_policy
	is_string(policy)
	not modern(policy)
	msg := sprintf("%s accepts TLS versions older than 1.2: %s.", [terraform.label, terraform.found(["ssl_policy"], "")])
}

modern(policy) if {
	some m in modern_markers
	contains(policy, m)
}
