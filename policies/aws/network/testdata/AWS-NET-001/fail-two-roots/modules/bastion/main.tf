# Called by two roots and scanned as a root of its own: three instances,
# three findings, each saying which root module block produced it.
resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = "sg-123"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"] # want: AWS-NET-001 col 24, AWS-NET-001 col 24, AWS-NET-001 col 24
}
