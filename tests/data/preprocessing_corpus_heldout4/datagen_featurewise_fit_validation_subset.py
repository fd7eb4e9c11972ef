import numpy as np
from keras.preprocessing.image import ImageDataGenerator
from keras import layers, models

data = np.load("chest_xray_128.npz")
images, labels = data["images"].astype("float32"), data["labels"]

datagen = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True, rotation_range=10,
                             zoom_range=0.1, validation_split=0.2)
datagen.fit(images)
train_flow = datagen.flow(images, labels, batch_size=32, subset="training")
val_flow = datagen.flow(images, labels, batch_size=32, subset="validation")

cnn = models.Sequential([layers.Input((128, 128, 1)), layers.Conv2D(32, 3, activation="relu"), layers.MaxPooling2D(),
                         layers.Conv2D(64, 3, activation="relu"), layers.GlobalAveragePooling2D(),
                         layers.Dense(1, activation="sigmoid")])
cnn.compile("adam", "binary_crossentropy", metrics=["accuracy"])
cnn.fit(train_flow, validation_data=val_flow, epochs=12)
