variable "cidr" {}

resource "aws_security_group" "inference" {
  name = "inference"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_security_group_rule" "notebook" {
  type              = "ingress"
  security_group_id = aws_security_group.inference.id
  from_port         = 8888
  to_port           = 8888
  protocol          = "tcp"
  cidr_blocks       = [var.cidr]
}
