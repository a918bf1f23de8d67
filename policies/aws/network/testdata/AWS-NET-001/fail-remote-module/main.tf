# A module `terraform init` downloaded is not the user's code: findings in
# it point at the module block that calls it, at the argument that carried
# the offending value, or at the block itself for the module's own value.
module "ssh" { # want: AWS-NET-001 col 1
  source  = "example/ssh/aws"
  version = "1.0.0"

  name        = "bastion"
  cidr_blocks = ["0.0.0.0/0"] # want: AWS-NET-001 col 17
}
