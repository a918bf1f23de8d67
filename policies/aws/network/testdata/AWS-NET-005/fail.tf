resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0a1b2c3d"

  ingress { # want: AWS-NET-005 col 3
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress { # want: AWS-NET-005 col 3
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}
