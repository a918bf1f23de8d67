# METADATA
# title: OpenSearch domains are deployed in a VPC
# description: |
#   Without vpc_options a domain gets a public endpoint that only its access
#   policy protects: a vector index of enterprise documents for RAG is then
#   reachable from the internet, and one permissive policy statement away
#   from a leak. A domain in a VPC is reached only through its subnets and
#   security groups. A domain's network placement is chosen at creation.
# custom:
#   id: AWS-OS-001
#   severity: high
#   resource_types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     aws-fsbp: [Opensearch.2, ES.2]
#   defender: >-
#     Amazon Elasticsearch Service domains should be in a VPC
#   remediation:
#     terraform: >-
#       Add `vpc_options { subnet_ids = [...] security_group_ids = [...] }` with private subnets (this
#       recreates the domain).
#   fix:
#     none: moving a domain into a VPC recreates it
#   since: 0.2.0
package posture.aws.opensearch.vpc

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": path} if {
	lib.known_under("vpc_options")
	not in_vpc
	path := terraform.block_path("vpc_options")
	msg := sprintf("%s has a public endpoint: %s.", [
		terraform.label, terraform.found(["vpc_options", 0, "subnet_ids"], "the domain is not in a VPC"),
	])
}

in_vpc if count(input.resource.vpc_options[0].subnet_ids) > 0
