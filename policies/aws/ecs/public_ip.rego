# METADATA
# title: ECS services do not assign public IP addresses
# description: |
#   A task with a public IP address is reachable from the internet as far as
#   its security groups allow, and its egress bypasses NAT and egress
#   filtering. assign_public_ip defaults to false; tasks in private subnets
#   reach registries through NAT or VPC endpoints.
# custom:
#   id: AWS-ECS-004
#   severity: medium
#   resource_types: [aws_ecs_service]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     aws-fsbp: [ECS.2]
#   defender: >-
#     Amazon ECS services should not have public IP addresses assigned to them automatically
#   remediation:
#     terraform: >-
#       Set `network_configuration { assign_public_ip = false }` and run the tasks in private subnets behind
#       a load balancer.
#   fix:
#     terraform:
#       set: {network_configuration.assign_public_ip: false}
#   since: 0.2.0
package posture.aws.ecs.public_ip

import data.posture.lib.terraform

deny contains {"msg": msg, "path": path} if {
	some i, nc in input.resource.network_configuration
	nc.assign_public_ip == true
	path := ["network_configuration", i, "assign_public_ip"]
	msg := sprintf("%s gives its tasks public IP addresses: %s.", [terraform.label, terraform.found(path, "")])
}
