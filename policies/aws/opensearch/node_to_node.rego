# METADATA
# title: OpenSearch domains encrypt node-to-node traffic
# description: |
#   Without node-to-node encryption, documents and queries travel between
#   the domain's nodes in plain text inside the VPC. node_to_node_encryption
#   is disabled by default.
# custom:
#   id: AWS-OS-003
#   severity: medium
#   resource_types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   formats: [terraform]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#     aws-fsbp: [Opensearch.3, ES.3]
#   defender: >-
#     Amazon Elasticsearch Service domains should encrypt data sent between nodes
#   remediation:
#     terraform: >-
#       Add `node_to_node_encryption { enabled = true }`.
#   fix:
#     terraform:
#       set: {node_to_node_encryption.enabled: true}
#       create: true
#   since: 0.2.0
package posture.aws.opensearch.node_to_node

import data.posture.lib.terraform

path := ["node_to_node_encryption", 0, "enabled"]

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, path, false) != true
	msg := sprintf("%s sends data between its nodes unencrypted: %s.", [
		terraform.label, terraform.found(path, "the default is false"),
	])
}
