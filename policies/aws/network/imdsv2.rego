# METADATA
# title: EC2 instances and launch templates require IMDSv2
# description: |
#   With IMDSv1 a server-side request forgery in an AI application (a
#   URL-fetching tool, a document loader) reads the instance role's
#   credentials from the metadata service. The provider leaves
#   metadata_options.http_tokens at "optional" unless it is set to
#   "required" (an AMI configured for IMDSv2 only is not visible here).
# custom:
#   id: AWS-NET-003
#   severity: high
#   resource_types: [aws_instance, aws_launch_template]
#   formats: [terraform]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-2]
#     cis-aws: ["5.6"]
#     aws-fsbp: [EC2.8]
#   remediation:
#     terraform: >-
#       Add `metadata_options { http_tokens = "required" }` (or disable the endpoint with `http_endpoint = "disabled"`).
#   fix:
#     terraform: {set: {metadata_options.http_tokens: "required"}, create: true}
#   since: 0.1.0
package posture.aws.network.imdsv2

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": path} if {
	path := ["metadata_options", 0, "http_tokens"]
	object.get(input.resource, path, "optional") != "required"
	lib.known("metadata_options[0].http_endpoint")
	object.get(input.resource, ["metadata_options", 0, "http_endpoint"], "enabled") != "disabled"
	msg := sprintf("%s allows IMDSv1, whose credentials an SSRF can read: %s.", [
		terraform.label, terraform.found(path, "the provider default is \"optional\""),
	])
}
