# METADATA
# title: Security groups allow no all-ports or sensitive-port ingress from the internet
# description: |
#   An ingress rule for every protocol or every port from 0.0.0.0/0 or ::/0
#   exposes model servers, Jupyter notebooks (8888), Ray dashboards (8265),
#   vector databases and everything else on the instance. The sensitive ports
#   are a parameter.
# custom:
#   id: AWS-NET-002
#   severity: high
#   resource_types: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-1]
#     aws-fsbp: [EC2.19, EC2.18]
#   remediation:
#     terraform: >-
#       Open only the ports the service needs, from known CIDR ranges or security groups (`source_security_group_id`/`referenced_security_group_id`), never all protocols (`"-1"`) or `0`-`65535` from `0.0.0.0/0`.
#   params:
#     sensitive_ports: [8888, 8265, 6379, 6333, 19530, 9200, 5432, 3306, 27017, 2379, 10250, 8080, 5000, 7860]
#   since: 0.1.0
package posture.aws.network.open_ingress

import data.posture.lib
import data.posture.lib.aws
import data.posture.lib.terraform

sensitive := object.get(lib.params("AWS-NET-002"), "sensitive_ports", [])

all_ports(r) if aws.all_protocols(r)

all_ports(r) if {
	r.from <= 1
	r.to >= 65535
}

deny contains {"msg": msg, "path": c.path} if {
	some r in aws.ingress_rules
	aws.rule_known(r)
	c := aws.internet_cidr(r)
	all_ports(r)
	msg := sprintf("%s allows %s from the internet: ingress with protocol %q on %s from %s.", [
		terraform.label, what(r), r.protocol, aws.port_range(r), c.value,
	])
}

what(r) := "all traffic" if aws.all_protocols(r)

else := "every port"

deny contains {"msg": msg, "path": c.path} if {
	some r in aws.ingress_rules
	aws.rule_known(r)
	c := aws.internet_cidr(r)
	not all_ports(r)
	open := [sprintf("%v", [p]) |
		some p in sensitive
		aws.covers_port(r, p)
	]
	count(open) > 0
	msg := sprintf("%s exposes sensitive port %s to the internet: ingress on %s from %s.", [
		terraform.label, concat(", ", open), aws.port_range(r), c.value,
	])
}
