resource "aws_security_group" "ray" {
  name = "ray-head"

  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # want: AWS-NET-002 col 20
  }

  ingress {
    from_port   = 8265
    to_port     = 8265
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # want: AWS-NET-002 col 20
  }
}

resource "aws_vpc_security_group_ingress_rule" "all" {
  security_group_id = aws_security_group.ray.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0" # want: AWS-NET-002 col 23
}
