import numpy as np
from tensorflow.keras.preprocessing.image import ImageDataGenerator
from tensorflow.keras import layers, models

images = np.load("leaf_images.npy").astype("float32")
labels = np.load("leaf_labels.npy")
datagen = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True,
                             horizontal_flip=True, validation_split=0.2)
datagen.fit(images)
train_gen = datagen.flow(images, labels, batch_size=32, subset="training")
val_gen = datagen.flow(images, labels, batch_size=32, subset="validation")
model = models.Sequential([layers.Conv2D(32, 3, activation="relu", input_shape=images.shape[1:]),
                           layers.GlobalAveragePooling2D(), layers.Dense(10, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_gen, validation_data=val_gen, epochs=10)
