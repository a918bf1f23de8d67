# METADATA
# title: Security groups allow no SSH or RDP from the internet
# description: |
#   An ingress rule that opens SSH (22) or RDP (3389) to 0.0.0.0/0 or ::/0
#   exposes GPU instances, notebooks and cluster nodes to continuous
#   brute-force and credential-stuffing attacks. Reach them through Systems
#   Manager Session Manager, a bastion or a VPN instead.
# custom:
#   id: AWS-NET-001
#   severity: critical
#   resource_types: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule]
#   formats: [terraform]
#   control: Secure management ports
#   compliance:
#     mcsb: [NS-1]
#     cis-aws: ["5.2", "5.3"]
#     aws-fsbp: [EC2.13, EC2.14]
#   remediation:
#     terraform: >-
#       Remove `0.0.0.0/0` and `::/0` from `cidr_blocks`/`ipv6_cidr_blocks` (`cidr_ipv4`/`cidr_ipv6`) of rules that cover port 22 or 3389, or use Session Manager instead of inbound SSH/RDP.
#   since: 0.1.0
package posture.aws.network.admin_ports_from_internet

import data.posture.lib.aws
import data.posture.lib.terraform

ports := {22: "SSH", 3389: "RDP"}

deny contains {"msg": msg, "path": c.path} if {
	some r in aws.ingress_rules
	aws.tcp(r)
	aws.rule_known(r)
	c := aws.internet_cidr(r)
	open := [sprintf("%s (%d)", [name, port]) |
		some port, name in ports
		aws.covers_port(r, port)
	]
	count(open) > 0
	msg := sprintf("%s allows %s from the internet: ingress on %s from %s.", [
		terraform.label, concat(" and ", open), aws.port_range(r), c.value,
	])
}
