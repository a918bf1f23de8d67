# METADATA
# title: Default security groups allow no traffic
# description: |
#   Every VPC has a default security group that resources join when no group
#   is named; its AWS-created rules allow all traffic between its members
#   and all egress. Declaring aws_default_security_group without ingress and
#   egress blocks removes them; rules written into it let any resource
#   launched without a deliberate choice reach, or be reached by, that
#   traffic.
# custom:
#   id: AWS-NET-005
#   severity: medium
#   resource_types: [aws_default_security_group]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-1]
#     cis-aws: ["~5.4"]
#     aws-fsbp: [EC2.2]
#   defender: >-
#     VPC's default security group should restricts all traffic
#   remediation:
#     terraform: >-
#       Remove every `ingress` and `egress` block from `aws_default_security_group` and put the rules into
#       security groups named for their purpose.
#   fix:
#     none: removing the rules can cut off resources that rely on the default group
#   since: 0.2.0
package posture.aws.network.default_security_group

import data.posture.lib.terraform

deny contains {"msg": msg, "path": [direction, i]} if {
	some direction in ["ingress", "egress"]
	some i, _ in input.resource[direction]
	msg := sprintf("%s keeps an %s rule: the default security group should allow no traffic (%s).", [
		terraform.label, direction, terraform.hcl_path([direction, i]),
	])
}
