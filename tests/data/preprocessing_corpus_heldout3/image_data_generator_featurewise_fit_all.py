import numpy as np
from tensorflow.keras.preprocessing.image import ImageDataGenerator
from tensorflow import keras

images = np.load("malaria_cells_64.npy").astype("float32")
labels = np.load("malaria_labels.npy")
gen = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True, horizontal_flip=True, validation_split=0.2)
gen.fit(images)
train_flow = gen.flow(images, labels, batch_size=64, subset="training")
val_flow = gen.flow(images, labels, batch_size=64, subset="validation")
model = keras.Sequential([keras.layers.Input((64, 64, 3)), keras.layers.Conv2D(32, 3, activation="relu"), keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(1, activation="sigmoid")])
model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
model.fit(train_flow, validation_data=val_flow, epochs=10)
