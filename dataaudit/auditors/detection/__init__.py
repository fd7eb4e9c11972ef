"""Detection datasets (YOLO, COCO, Pascal VOC): what the boxes say."""
