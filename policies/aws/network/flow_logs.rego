# METADATA
# title: VPC flow logs are enabled
# description: |
#   Flow logs record the connections in and out of a VPC: the evidence of
#   exfiltration from a training cluster or of a compromised inference node
#   scanning the network. A VPC has none unless an aws_flow_log names it.
#   The flow log may be declared in another configuration: without a
#   complete scan the finding is listed only with --show-unknown.
# custom:
#   id: AWS-NET-004
#   severity: medium
#   resource_types: [aws_vpc]
#   formats: [terraform]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [LT-4]
#     cis-aws: ["~3.7"]
#     aws-fsbp: [EC2.6]
#   defender: >-
#     VPC flow logging should be enabled in all VPCs
#   remediation:
#     terraform: >-
#       Add an `aws_flow_log` with `vpc_id = aws_vpc.<name>.id`, `traffic_type = "ALL"` (or `"REJECT"` at
#       least) and a CloudWatch Logs or S3 destination.
#   fix:
#     none: a flow log needs a destination and, for CloudWatch Logs, a delivery role
#   since: 0.2.0
package posture.aws.network.flow_logs

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "status": lib.graph_status} if {
	not flow_logged
	msg := sprintf("%s has no flow log: no aws_flow_log in the scanned files names the VPC.", [terraform.label])
}

flow_logged if {
	some ref in object.get(data.posture.referrers, input.id, [])
	ref.type == "aws_flow_log"
	ref.path == "vpc_id"
}
