from tensorflow.keras.preprocessing.image import ImageDataGenerator
from tensorflow.keras.applications import MobileNetV2

OUT_DIR = "leaves_centered"
gen = ImageDataGenerator(rescale=1 / 255.0, validation_split=0.2)
train_it = gen.flow_from_directory(OUT_DIR, target_size=(96, 96), subset="training", seed=1)
val_it = gen.flow_from_directory(OUT_DIR, target_size=(96, 96), subset="validation", seed=1)
net = MobileNetV2(weights=None, input_shape=(96, 96, 3), classes=train_it.num_classes)
net.compile("adam", "categorical_crossentropy", metrics=["accuracy"])
net.fit(train_it, validation_data=val_it, epochs=3)
