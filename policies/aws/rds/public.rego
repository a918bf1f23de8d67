# METADATA
# title: RDS instances are not publicly accessible
# description: |
#   A publicly accessible instance gets a DNS name that resolves to a public
#   IP address: a database holding embeddings, chat history or training data
#   is then one security group rule away from the internet, and exposed to
#   password guessing. publicly_accessible defaults to false.
# custom:
#   id: AWS-RDS-001
#   severity: high
#   resource_types: [aws_db_instance, aws_rds_cluster_instance]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     cis-aws: ["~2.3.3"]
#     aws-fsbp: [RDS.2]
#   defender: >-
#     RDS DB Instances should prohibit public access
#   remediation:
#     terraform: >-
#       Set `publicly_accessible = false` (the default) and reach the database from inside the VPC.
#   fix:
#     terraform:
#       set: {publicly_accessible: false}
#   since: 0.2.0
package posture.aws.rds.public

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["publicly_accessible"]} if {
	input.resource.publicly_accessible == true
	msg := sprintf("%s has a public IP address: %s.", [terraform.label, terraform.found(["publicly_accessible"], "")])
}
