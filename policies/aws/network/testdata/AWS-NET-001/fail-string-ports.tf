# Ports written as strings, or turned into strings by a map(list(any))
# variable, are numbers once Terraform converts them to the provider's
# schema: from_port is a number.
variable "rules" {
  type = map(list(any))
  default = {
    ssh-tcp        = [22, 22, "tcp", "SSH"]
    postgresql-tcp = [5432, 5432, "tcp", "PostgreSQL"]
  }
}

variable "ingress_rules" {
  type    = list(string)
  default = ["ssh-tcp"]
}

resource "aws_security_group_rule" "ingress_rules" {
  count             = length(var.ingress_rules)
  type              = "ingress"
  security_group_id = "sg-123"
  cidr_blocks       = ["0.0.0.0/0"] # want: AWS-NET-001 col 24
  from_port         = var.rules[var.ingress_rules[count.index]][0]
  to_port           = var.rules[var.ingress_rules[count.index]][1]
  protocol          = var.rules[var.ingress_rules[count.index]][2]
}

resource "aws_security_group" "literal" {
  name = "bastion"

  ingress {
    from_port   = "22"
    to_port     = "22"
    protocol    = 6
    cidr_blocks = ["0.0.0.0/0"] # want: AWS-NET-001 col 20
  }
}
