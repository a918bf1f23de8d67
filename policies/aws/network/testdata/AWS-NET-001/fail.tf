resource "aws_security_group" "gpu" {
  name = "gpu-nodes"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"] # want: AWS-NET-001 col 34
  }

  ingress {
    from_port        = 3380
    to_port          = 3390
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"] # want: AWS-NET-001 col 25
  }
}

resource "aws_security_group_rule" "all" {
  type              = "ingress"
  security_group_id = aws_security_group.gpu.id
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"] # want: AWS-NET-001 col 24
}

resource "aws_vpc_security_group_ingress_rule" "rdp" {
  security_group_id = aws_security_group.gpu.id
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_ipv4         = "0.0.0.0/0" # want: AWS-NET-001 col 23
}
