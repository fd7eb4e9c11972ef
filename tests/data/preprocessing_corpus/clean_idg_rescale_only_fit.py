import numpy as np
from sklearn.model_selection import train_test_split
from tensorflow.keras.preprocessing.image import ImageDataGenerator

X = np.load("cats_dogs.npy")
y = np.load("cats_dogs_labels.npy")

datagen = ImageDataGenerator(rescale=1.0 / 255, rotation_range=20, width_shift_range=0.1, horizontal_flip=True)
datagen.fit(X)  # not needed without featurewise options, but harmless

X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=0)
model = make_cnn()
model.fit(datagen.flow(X_train, y_train, batch_size=32), validation_data=(X_val / 255.0, y_val), epochs=10)
