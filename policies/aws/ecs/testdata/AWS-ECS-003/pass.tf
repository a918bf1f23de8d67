resource "aws_ecs_task_definition" "gpu" {
  family                = "gpu"
  network_mode          = "awsvpc"
  container_definitions = jsonencode([{ name = "trainer", image = "trainer:1" }])
}

resource "aws_ecs_task_definition" "bridge" {
  family                = "bridge"
  container_definitions = jsonencode([{ name = "trainer", image = "trainer:1" }])
}
