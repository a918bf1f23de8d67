resource "aws_vpc" "training" { # want: AWS-NET-004 col 1
  cidr_block = "10.20.0.0/16"
}
